SELECT count(*)::INTEGER AS n FROM problems;
