package org.channelport.mdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.channelport.platform.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database's own backstop of the ledger's rules, whatever writes to it: no account below its
 * floor, no entry of zero or between one account, no UPDATE or DELETE of an entry, an entry
 * reversed at most once.
 */
class MdfSchemaTest {
  static DataSource db;

  @BeforeAll
  static void migrate() throws SQLException {
    db = TestDatabase.migrated();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM mdf_account WHERE program_id = 9001");
      s.executeUpdate("DELETE FROM mdf_program WHERE id = 9001");
      s.executeUpdate(
          "INSERT IGNORE INTO partner (id, name, account_number, tier, country, status, created_at,"
              + " updated_at) VALUES (9001, 'Schema Test', 'ST-9001', 'GOLD', 'DE', 'ACTIVE',"
              + " NOW(), NOW())");
      s.executeUpdate(
          "INSERT INTO mdf_program (id, name, period, currency, budget, starts_on, ends_on,"
              + " request_deadline, claim_deadline, reimbursement_pct, gl_code, created_by,"
              + " created_at, updated_at) VALUES (9001, 'Schema test', '2027-Q1', 'EUR', 100,"
              + " '2027-01-01', '2027-03-31', '2027-03-15', '2027-04-30', 50, '6400', 't',"
              + " NOW(), NOW())");
      s.executeUpdate(
          "INSERT INTO mdf_account (id, program_id, partner_id, kind, currency, balance,"
              + " overdraft_limit) VALUES (9001, 9001, NULL, 'funding', 'EUR', -100, NULL),"
              + " (9002, 9001, NULL, 'budget', 'EUR', 100, 0),"
              + " (9003, 9001, 9001, 'allocation', 'EUR', 0, 50)");
    }
  }

  @Test
  void noAccountGoesBelowItsFloor() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE mdf_account SET balance = -0.01 WHERE id = 9002"));
      assertEquals(1, s.executeUpdate("UPDATE mdf_account SET balance = -50 WHERE id = 9003"));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE mdf_account SET balance = -50.01 WHERE id = 9003"));
      s.executeUpdate("UPDATE mdf_account SET balance = 0 WHERE id = 9003");
      // a second budget of the same program, a partner's budget: refused
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO mdf_account (id, program_id, kind, currency) VALUES"
                      + " (9009, 9001, 'budget', 'EUR')"));
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO mdf_account (id, program_id, partner_id, kind, currency) VALUES"
                      + " (9009, 9001, 9001, 'budget', 'EUR')"));
    }
  }

  @Test
  void theJournalIsAppendOnly() throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO mdf_journal_entry (id, program_id, debit_account_id, credit_account_id,"
              + " amount, currency, reason, actor, created_at) VALUES (9001, 9001, 9001, 9002,"
              + " 100, 'EUR', 'funding', 't', NOW())");
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE mdf_journal_entry SET amount = 1 WHERE id = 9001"));
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("DELETE FROM mdf_journal_entry WHERE id = 9001"));
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO mdf_journal_entry (id, program_id, debit_account_id,"
                      + " credit_account_id, amount, currency, reason, actor, created_at) VALUES"
                      + " (9002, 9001, 9001, 9002, 0, 'EUR', 'funding', 't', NOW())"));
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO mdf_journal_entry (id, program_id, debit_account_id,"
                      + " credit_account_id, amount, currency, reason, actor, created_at) VALUES"
                      + " (9002, 9001, 9002, 9002, 5, 'EUR', 'funding', 't', NOW())"));
      s.executeUpdate(
          "INSERT INTO mdf_journal_entry (id, program_id, debit_account_id, credit_account_id,"
              + " amount, currency, reason, actor, reverses_entry_id, created_at) VALUES (9003,"
              + " 9001, 9002, 9001, 100, 'EUR', 'reversal', 't', 9001, NOW())");
      assertThrows(
          SQLException.class,
          () ->
              s.executeUpdate(
                  "INSERT INTO mdf_journal_entry (id, program_id, debit_account_id,"
                      + " credit_account_id, amount, currency, reason, actor, reverses_entry_id,"
                      + " created_at) VALUES (9004, 9001, 9002, 9001, 100, 'EUR', 'reversal', 't',"
                      + " 9001, NOW())"));
    }
  }
}
