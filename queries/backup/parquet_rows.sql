-- The number of rows a Parquet file holds, from its footer (reading it also proves it is Parquet).
SELECT sum(num_rows)::BIGINT AS n FROM parquet_file_metadata($file);
