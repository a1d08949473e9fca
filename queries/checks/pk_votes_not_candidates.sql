-- CONTRACT.md: a bundle is rejected when a PK vote names a unit that is not a PK candidate.
-- Candidacy needs the rules, so this runs inside the import transaction, after the recompute.
SELECT v.unit_id
FROM pk_votes v
JOIN unit_grade g ON g.year = v.year AND g.unit_id = v.unit_id
WHERE v.year = $year AND NOT g.pk_candidate
ORDER BY v.unit_id;
