-- The checked PK votes, for the candidacy check after the rules (it names their file and line).
SELECT unit_id, votes::DOUBLE AS votes, 行号 AS line FROM ok_pk_votes ORDER BY 行号;
