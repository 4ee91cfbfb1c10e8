package org.channelport.shared;

import java.util.List;

/** A page of rows and the total number of rows that match. */
public record Page<T>(List<T> rows, long total) {}
