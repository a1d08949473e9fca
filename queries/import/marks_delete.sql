-- The stored marks of 评议质量 of the year $year, before they are stored afresh.
DELETE FROM quality_marks WHERE year = $year;
