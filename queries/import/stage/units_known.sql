-- The valid units, as the names a unit cell may give (their template as scope).
INSERT INTO names SELECT 'unit', template, unit_id, unit_id, 行号 FROM ok_units;
