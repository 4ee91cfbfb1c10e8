package org.channelport.support;

import java.io.Serializable;

/** The steps the caller may take on an issue now (the pages' buttons mirror the service). */
public record IssueActions(
    boolean take,
    boolean waitFor,
    boolean solve,
    boolean close,
    boolean reopen,
    boolean comment,
    boolean internalNote)
    implements Serializable {}
