-- The names of the policy's lists (built from the policy by src/lib/warehouse/ingest.ts).
INSERT INTO names SELECT unnest($kind), unnest($scope), unnest($value), unnest($id), unnest($position)::INTEGER;
