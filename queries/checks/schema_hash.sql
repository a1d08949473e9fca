-- The hash of the schema SQL the warehouse was last migrated to (see Warehouse.migrate): compared
-- with the hash of a warehouse freshly built by this version of kaohe.
SELECT hash FROM kaohe_schema;
