package org.channelport.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.channelport.platform.ListQuery;
import org.channelport.support.SolutionRanking.Candidate;
import org.channelport.support.SolutionRanking.Context;
import org.channelport.support.SolutionRanking.Query;
import org.channelport.support.SolutionRanking.Ranked;

/**
 * Solution queries in SQL: the FULLTEXT candidates of a search ({@link #candidates}, one statement,
 * the products and categories of each in the same row) and the knowledge base's list without words
 * ({@link #browse}, {@link #count}). Used by {@link SolutionService} and by the benchmark, on its
 * own DataSource.
 */
public final class SolutionSearch {
  /** How many candidates the index hands to the re-rank at most. */
  public static final int CANDIDATES = 100;

  private static final String MATCH =
      "MATCH (s.title, s.symptoms, s.steps) AGAINST (? IN BOOLEAN MODE)";
  private static final String COLUMNS =
      "s.id, s.title, s.symptoms, s.steps, s.solved_count, %s,"
          + " (SELECT GROUP_CONCAT(k.sku ORDER BY k.sku SEPARATOR ',') FROM solution_sku k"
          + " WHERE k.solution_id = s.id),"
          + " (SELECT GROUP_CONCAT(c.code ORDER BY c.code SEPARATOR ',') FROM solution_category c"
          + " WHERE c.solution_id = s.id),"
          + " s.published";

  /**
   * Which solutions a list holds: {@code published} true only published ones (always so for partner
   * users), false only drafts, null both; {@code sku} and {@code category} limit a list without
   * words to the solutions for that product or category.
   */
  public record Filter(Boolean published, String sku, String category) {
    public static final Filter PUBLISHED = new Filter(true, null, null);
  }

  /** A candidate and whether it is published. */
  public record Row(Candidate candidate, boolean published) {}

  private final DataSource dataSource;

  public SolutionSearch(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The solutions the index finds for the query's words, the index's best first, at most {@code
   * limit}. When no word is long enough for the index but {@code text} is not blank, the solutions
   * whose title holds the text.
   */
  public List<Row> candidates(Query query, String text, Boolean published, int limit) {
    List<Object> args = new ArrayList<>();
    String booleanMode = query.booleanMode();
    StringBuilder sql = new StringBuilder("SELECT ");
    if (booleanMode != null) {
      sql.append(String.format(COLUMNS, MATCH)).append(" FROM solution s WHERE ").append(MATCH);
      args.add(booleanMode);
      args.add(booleanMode);
    } else if (text != null && !text.isBlank()) {
      String t = text.strip();
      sql.append(String.format(COLUMNS, "0"))
          .append(" FROM solution s WHERE s.title LIKE ?")
          .append(ListQuery.ESCAPE_CLAUSE);
      args.add(ListQuery.like(t.length() > 100 ? t.substring(0, 100) : t));
    } else {
      return List.of();
    }
    if (published != null) {
      sql.append(" AND s.published = ?");
      args.add(published);
    }
    sql.append(
        booleanMode != null ? " ORDER BY 6 DESC, s.id" : " ORDER BY s.solved_count DESC, s.id");
    sql.append(" LIMIT ?");
    args.add(limit);
    return query(sql.toString(), args);
  }

  /** A ranked candidate and whether it is published. */
  public record Hit(Ranked ranked, boolean published) {}

  /**
   * A search with words, as the suggestions while typing make it: the index's candidates ({@link
   * #candidates}, at most {@code candidates}), ranked by {@link SolutionRanking#rank} for the issue
   * being typed ({@code context}), best first. One SQL statement.
   */
  public List<Hit> ranked(
      Query query, String text, Boolean published, Context context, int candidates) {
    List<Row> rows = candidates(query, text, published, candidates);
    Map<Long, Boolean> states = new HashMap<>();
    rows.forEach(r -> states.put(r.candidate().id(), r.published()));
    List<Ranked> ranked =
        SolutionRanking.rank(
            query, rows.stream().map(Row::candidate).toList(), context, rows.size());
    List<Hit> hits = new ArrayList<>(ranked.size());
    ranked.forEach(r -> hits.add(new Hit(r, states.get(r.solution().id()))));
    return hits;
  }

  /** A page of the list without words: the most used first, or by title, or the newest change. */
  public List<Row> browse(Filter filter, String sort, boolean ascending, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(String.format(COLUMNS, "0")).append(" FROM solution s");
    where(filter, sql, args);
    String dir = ascending ? " ASC" : " DESC";
    sql.append(" ORDER BY ")
        .append(
            switch (sort == null ? "" : sort) {
              case "title" -> "s.title" + dir + ", s.id";
              case "updatedAt" -> "s.updated_at" + dir + ", s.id";
              case "solvedCount" -> "s.solved_count" + dir + ", s.id";
              default -> "s.solved_count DESC, s.id";
            });
    sql.append(" LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    return query(sql.toString(), args);
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM solution s");
    where(filter, sql, args);
    long[] count = {0};
    run(sql.toString(), args, rs -> count[0] = rs.getLong(1));
    return count[0];
  }

  private static void where(Filter filter, StringBuilder sql, List<Object> args) {
    List<String> where = new ArrayList<>();
    if (filter.published() != null) {
      where.add("s.published = ?");
      args.add(filter.published());
    }
    if (filter.sku() != null) {
      where.add("EXISTS (SELECT 1 FROM solution_sku k WHERE k.solution_id = s.id AND k.sku = ?)");
      args.add(filter.sku());
    }
    if (filter.category() != null) {
      where.add(
          "EXISTS (SELECT 1 FROM solution_category c WHERE c.solution_id = s.id AND c.code = ?)");
      args.add(filter.category());
    }
    if (!where.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", where));
    }
  }

  private List<Row> query(String sql, List<Object> args) {
    List<Row> rows = new ArrayList<>();
    run(
        sql,
        args,
        rs ->
            rows.add(
                new Row(
                    new Candidate(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getDouble(6),
                        split(rs.getString(7)),
                        split(rs.getString(8))),
                    rs.getBoolean(9))));
    return rows;
  }

  private static Set<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? Set.of()
        : Set.copyOf(Arrays.asList(joined.split(",")));
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private void run(String sql, List<Object> args, RowHandler handler) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          handler.handle(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Solution query failed", e);
    }
  }
}
