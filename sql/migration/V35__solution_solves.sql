-- Which issues a solution solved, each issue once: a reopened issue solved again with the same
-- solution, or a solution made from an issue that was already counted, does not count twice.
CREATE TABLE solution_solve (
  solution_id BIGINT      NOT NULL,
  issue_id    BIGINT      NOT NULL,
  at          DATETIME(6) NOT NULL,
  PRIMARY KEY (solution_id, issue_id),
  INDEX ix_solution_solve_issue (issue_id),
  CONSTRAINT fk_solution_solve_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
  CONSTRAINT fk_solution_solve_issue FOREIGN KEY (issue_id) REFERENCES service_issue (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the issues already linked to a solution count as solved by it (their count already has them)
INSERT IGNORE INTO solution_solve (solution_id, issue_id, at)
SELECT solution_id, id, COALESCE(solved_at, updated_at)
FROM service_issue
WHERE solution_id IS NOT NULL;
