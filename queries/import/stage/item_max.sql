INSERT INTO item_max SELECT unnest($template), unnest($item_id), unnest($max)::DECIMAL(38,12), unnest($max);
