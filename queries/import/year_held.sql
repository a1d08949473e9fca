-- Whether the year $year is in the warehouse already (n 1) or not (0).
SELECT count(*)::INTEGER AS n FROM years WHERE year = $year;
