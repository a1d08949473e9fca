-- The valid units, as the names a unit cell may give (their template as scope).
INSERT INTO names SELECT 'unit', template, unit_id, unit_id, line FROM ok_units;
