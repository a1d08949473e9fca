-- Whether the open database is a kaohe warehouse: the years table and the views the site reads.
SELECT count(DISTINCT table_name) = 3 AS ok
FROM information_schema.tables
WHERE table_schema = 'main' AND table_name IN ('years', 'unit_results', 'satisfaction');
