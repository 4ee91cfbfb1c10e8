package org.channelport.lead.dispatch;

import javax.sql.DataSource;

/** Outside the container (the benchmark): id blocks from a plain data source. */
public final class IdBlocksWiring {
  private IdBlocksWiring() {}

  public static IdBlocks idBlocks(DataSource dataSource) {
    IdBlocks blocks = new IdBlocks();
    blocks.dataSource = dataSource;
    return blocks;
  }
}
