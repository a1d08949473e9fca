-- The valid cadres, as the names a cadre cell may give (their unit as scope).
INSERT INTO names SELECT 'cadre', unit_id, cadre_id, cadre_id, 行号 FROM ok_cadres;
