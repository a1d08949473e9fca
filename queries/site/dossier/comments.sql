-- The committee's comments (评语) on one team or cadre ($subject 'team' or 'cadre', $id its unit_id
-- or cadre_id), latest year first.
SELECT year, comment
FROM comments
WHERE subject = $subject AND coalesce(cadre_id, unit_id) = $id
ORDER BY year DESC;
