package org.channelport.support;

import java.util.List;

/**
 * A solution as a channel manager writes it (the API's body of {@code POST /api/v1/solutions} and
 * {@code PUT …/{id}}, the edit page's form): {@code categories} are catalog category codes, {@code
 * skus} catalog SKUs; {@code published} null leaves the state as it is (a new one is a draft);
 * {@code version} the version read, on a change.
 */
public record SolutionInput(
    String title,
    String symptoms,
    String steps,
    List<String> categories,
    List<String> skus,
    Boolean published,
    Long version) {

  /**
   * A solved issue's answer made into a solution ({@code POST
   * /api/v1/service-issues/{id}/solution}). Title, steps, categories and SKUs default to the
   * issue's subject, solution text and product; the issue's description becomes the symptoms only
   * when {@code useDescription} is true (it was written by a partner about its customer: a channel
   * manager confirms it is fit to show to every partner), else {@code symptoms} as given. A draft
   * unless {@code published} is true.
   */
  public record FromIssue(
      String title,
      String symptoms,
      Boolean useDescription,
      String steps,
      List<String> categories,
      List<String> skus,
      Boolean published) {}

  /** A "this solved it" on the new-issue page: the product the issue would have been about. */
  public record Deflection(String sku) {}
}
