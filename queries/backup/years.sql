-- The years a warehouse holds, for a backup's manifest (and to compare a restored warehouse with it).
SELECT year FROM years ORDER BY year;
