-- The vetoes (一票否决) of one unit ($unit) in every year: the veto item's name and the reason given
-- in the bundle (may be empty).
SELECT v.year,
       v.item_id,
       coalesce(vi.name, v.item_id) AS item_name,
       v.reason
FROM vetoes v
LEFT JOIN policy_veto_items vi ON vi.year = v.year AND vi.veto_id = v.item_id
WHERE v.unit_id = $unit
ORDER BY v.year, v.item_id;
