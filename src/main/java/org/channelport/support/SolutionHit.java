package org.channelport.support;

import java.io.Serializable;
import java.util.List;

/**
 * A solution in a search's answer, best first: its {@code score} (higher is better; 0 when no text
 * was searched) and how often it solved an issue.
 */
public record SolutionHit(
    long id,
    String title,
    String symptoms,
    String steps,
    double score,
    int solvedCount,
    boolean published,
    List<String> skus,
    List<String> categories)
    implements Serializable {}
