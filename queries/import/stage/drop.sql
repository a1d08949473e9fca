-- Drops one file's scratch table (its rows were copied into the year table).
DROP TABLE IF EXISTS __TABLE__;
