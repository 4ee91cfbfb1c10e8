package org.channelport.mdf;

import java.math.BigDecimal;
import java.time.Instant;

/** One entry of a request's or a claim's timeline. */
public record EventView(Instant at, String actor, String kind, BigDecimal amount, String detail) {}
