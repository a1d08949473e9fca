-- Whether the policy of $year has rater groups (分层次测评): the signal 层次分歧 is computed only then.
SELECT true AS layered FROM policy_rater_groups WHERE year = $year LIMIT 1;
