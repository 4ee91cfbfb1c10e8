package org.channelport.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.channelport.support.SolutionRanking.Candidate;
import org.channelport.support.SolutionRanking.Context;
import org.channelport.support.SolutionRanking.Query;
import org.channelport.support.SolutionRanking.Ranked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ranking of solutions on a small knowledge base: the candidates are found the way the
 * database's boolean-mode query finds them (any word, as a prefix), then ranked.
 */
class SolutionRankingTest {
  static final Candidate SWITCH_POWER =
      solution(
          1,
          "Switch does not power up after a firmware update",
          "Power LED and link LEDs stay off after the firmware update was interrupted.",
          "Hold the reset button for 15 seconds while plugging in power; the switch boots the"
              + " backup image. Then load firmware 2.4.1 again.",
          12,
          Set.of("NET-SW24", "NET-SW48"),
          Set.of("switches"));
  static final Candidate AP_POWER =
      solution(
          2,
          "Access point reboots in a loop",
          "The access point restarts every few minutes; the switch port shows power drops.",
          "Check the PoE budget of the switch: the access point needs 802.3at (25.5 W).",
          30,
          Set.of("NET-AP6", "NET-AP7"),
          Set.of("wireless"));
  static final Candidate NAS_DISK =
      solution(
          3,
          "NAS reports a degraded RAID",
          "A drive shows as failed, the NAS beeps.",
          "Replace the drive with one of the same size; the rebuild starts by itself. Do not"
              + " power off the NAS during the rebuild.",
          5,
          Set.of("STO-NAS4"),
          Set.of("storage"));
  static final Candidate FIREWALL_VPN =
      solution(
          4,
          "VPN tunnel drops every 8 hours",
          "Site-to-site VPN reconnects; users lose sessions.",
          "Set the same key lifetime on both ends of the tunnel.",
          2,
          Set.of("SEC-FW100"),
          Set.of("security"));
  static final Candidate SWITCH_PORTS =
      solution(
          5,
          "Switch ports show no link at 10 Mbit/s",
          "Old printers get no link on the switch.",
          "Set the port to auto-negotiation instead of fixed gigabit.",
          1,
          Set.of("NET-SW24"),
          Set.of("switches"));

  static final List<Candidate> CORPUS =
      List.of(SWITCH_POWER, AP_POWER, NAS_DISK, FIREWALL_VPN, SWITCH_PORTS);

  static Candidate solution(
      long id,
      String title,
      String symptoms,
      String steps,
      int solved,
      Set<String> skus,
      Set<String> categories) {
    return new Candidate(id, title, symptoms, steps, solved, 0, skus, categories);
  }

  /** What the index would return: every solution with a word starting with one of the terms. */
  static List<Candidate> candidates(Query query) {
    List<Candidate> found = new ArrayList<>();
    for (Candidate c : CORPUS) {
      List<String> words = new ArrayList<>();
      words.addAll(SolutionRanking.words(c.title()));
      words.addAll(SolutionRanking.words(c.symptoms()));
      words.addAll(SolutionRanking.words(c.steps()));
      long hits =
          query.terms().stream().filter(t -> words.stream().anyMatch(w -> w.startsWith(t))).count();
      if (hits > 0) {
        // the index's own relevance: more words found, higher
        found.add(
            new Candidate(
                c.id(),
                c.title(),
                c.symptoms(),
                c.steps(),
                c.solvedCount(),
                hits,
                c.skus(),
                c.categories()));
      }
    }
    return found;
  }

  static List<Long> ids(String text, Context context) {
    Query query = SolutionRanking.parse(text);
    return SolutionRanking.rank(query, candidates(query), context, 10).stream()
        .map(r -> r.solution().id())
        .toList();
  }

  @Test
  void theSolutionWithTheTypedWordsInItsTitleComesFirst() {
    // the access point's solution has "switch" and "power" in its symptoms only; the other switch
    // solution and the NAS's have one of the two words each; the VPN's none
    assertEquals(List.of(1L, 2L, 5L, 3L), ids("switch does not power up", Context.NONE));
  }

  @Test
  void aHalfTypedLastWordAlreadyFindsIt() {
    assertEquals(1L, ids("switch does not pow", Context.NONE).get(0));
    assertEquals(List.of(1L), ids("firmw", Context.NONE));
    assertEquals(List.of(3L), ids("degra", Context.NONE));
  }

  @Test
  void aTitleWordWeighsMoreThanTheSameWordInTheSteps() {
    // "reboots" is in the access point's title, "lifetime" only in the VPN solution's steps
    assertEquals(List.of(2L, 4L), ids("reboots lifetime", Context.NONE));
    Query power = SolutionRanking.parse("power");
    assertTrue(
        SolutionRanking.textScore(power, SWITCH_POWER)
            > SolutionRanking.textScore(power, AP_POWER));
    assertTrue(
        SolutionRanking.textScore(power, AP_POWER) > SolutionRanking.textScore(power, NAS_DISK));
  }

  @Test
  void moreOfTheTypedWordsFoundRanksHigherThanOneWordInTheTitle() {
    // the port solution has "link" in its title, the power solution all three words, one in its
    // title
    assertEquals(List.of(1L, 5L), ids("link led off firmware", Context.NONE));
  }

  @Test
  void theIssuesProductOrCategoryLiftsItsSolution() {
    assertEquals(List.of(1L, 2L, 3L), ids("power", Context.NONE));
    assertEquals(List.of(3L, 1L, 2L), ids("power", new Context("sto-nas4", Set.of())));
    assertEquals(List.of(1L, 3L, 2L), ids("power", new Context(null, Set.of("Storage"))));
  }

  @Test
  void howOftenItSolvedAnIssueWeighsLittle() {
    Candidate rarely = solution(10, "Fan is loud", "Noise", "Clean the fan", 0, Set.of(), Set.of());
    Candidate often =
        solution(11, "Fan is loud", "Noise", "Clean the fan", 500, Set.of(), Set.of());
    Candidate better =
        solution(
            12, "Loud fan noise at night", "Fan noise", "Clean the fan", 0, Set.of(), Set.of());
    Query q = SolutionRanking.parse("loud fan noise");
    List<Ranked> ranked = SolutionRanking.rank(q, List.of(rarely, often, better), Context.NONE, 3);
    assertEquals(List.of(12L, 11L, 10L), ranked.stream().map(r -> r.solution().id()).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+switch -power",
        "\"switch\" power*",
        "switch) (power ~firmware",
        "switch @3 power <up >down",
        "switch' OR 1=1 --",
        "switch\\ power%_",
        "*switch* **",
        "switch\u0000power"
      })
  void operatorsInTheTypedTextAreHarmless(String text) {
    Query query = SolutionRanking.parse(text);
    String booleanMode = query.booleanMode();
    // only words of letters and digits, each with the one prefix operator this class adds
    assertTrue(booleanMode.matches("[\\p{L}\\p{N}]+\\*( [\\p{L}\\p{N}]+\\*)*"), booleanMode);
    assertTrue(query.terms().contains("switch"), query.terms().toString());
    assertEquals(1L, ids(text, Context.NONE).get(0), text);
  }

  @Test
  void stopWordsAndShortWordsAreLeftOut() {
    Query query = SolutionRanking.parse("The switch is not on, it does NOT power up at all");
    assertEquals(List.of("switch", "power"), query.terms());
    assertEquals("switch* power*", query.booleanMode());
    assertNull(SolutionRanking.parse("it is on").booleanMode());
    assertTrue(SolutionRanking.parse("   ").isEmpty());
    assertTrue(SolutionRanking.parse(null).isEmpty());
  }

  @Test
  void accentsAndCaseDoNotMatterToTheReRank() {
    Candidate polish =
        solution(
            20,
            "Przełącznik nie włącza się po aktualizacji",
            "Diody nie świecą",
            "Przytrzymaj reset",
            0,
            Set.of(),
            Set.of());
    Query q = SolutionRanking.parse("PRZEŁĄCZNIK wlacza");
    assertEquals(List.of("przelacznik", "wlacza"), q.terms());
    // the index gets the words as typed (lower case): its collation compares accents itself
    assertEquals("przełącznik* wlacza*", q.booleanMode());
    List<Ranked> ranked = SolutionRanking.rank(q, List.of(polish), Context.NONE, 5);
    assertEquals(1, ranked.size());
    assertTrue(ranked.get(0).score() > SolutionRanking.TITLE, String.valueOf(ranked.get(0)));
  }

  @Test
  void aCandidateWithNoneOfTheWordsIsDropped() {
    Query q = SolutionRanking.parse("raid");
    List<Ranked> ranked = SolutionRanking.rank(q, List.of(FIREWALL_VPN, NAS_DISK), Context.NONE, 5);
    assertEquals(List.of(3L), ranked.stream().map(r -> r.solution().id()).toList());
  }

  @Test
  void atMostTheLimitAndAtMostTwelveWords() {
    Query q = SolutionRanking.parse("switch power link firmware update reset led port");
    assertEquals(2, SolutionRanking.rank(q, candidates(q), Context.NONE, 2).size());
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      many.append("word").append((char) ('a' + (i % 26))).append(i).append(' ');
    }
    assertEquals(SolutionRanking.MAX_TERMS, SolutionRanking.parse(many.toString()).terms().size());
    assertEquals("x".repeat(40), SolutionRanking.parse("x".repeat(500)).terms().get(0));
  }
}
