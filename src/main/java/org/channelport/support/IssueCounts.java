package org.channelport.support;

import java.io.Serializable;

/**
 * The caller's issues at a glance (the home pages): open (new, in progress or waiting), new (not
 * taken yet), waiting (for the partner or the customer), breached and at risk (open ones only), and
 * those assigned to the calling channel manager (0 for partner users).
 */
public record IssueCounts(
    long open, long unassigned, long waiting, long breached, long atRisk, long mine)
    implements Serializable {}
