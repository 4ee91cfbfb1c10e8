package org.channelport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shape of the portal, held by a test: capabilities (partner, customer, lead, deal, catalog,
 * showroom) and the kernels below them (shared, platform, security, audit). A capability reaches
 * another only through the types that one publishes — its services, value records, status enums and
 * events — listed here per capability; a few entity uses that remain are listed with the one class
 * allowed each and why. Pages ({@code web}) and API resources ({@code api}) sit on top: no domain
 * class uses them.
 */
@AnalyzeClasses(packages = "org.channelport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "org.channelport.";

  static final Set<String> CAPABILITIES =
      Set.of(
          "partner",
          "customer",
          "lead",
          "deal",
          "catalog",
          "showroom",
          "order",
          "erp",
          "support",
          "mdf",
          "analytics",
          "program");

  /** What each capability offers the others (names below org.channelport). */
  static final Map<String, Set<String>> PUBLISHED =
      Map.ofEntries(
          Map.entry(
              "partner",
              Set.of(
                  "partner.PartnerService",
                  "partner.PartnerUsers",
                  "partner.PartnerStatus",
                  "partner.PartnerTier",
                  "partner.PartnerActivated")),
          Map.entry(
              "customer",
              Set.of(
                  "customer.Customers",
                  "customer.CustomerService",
                  "customer.CustomerRef",
                  "customer.CustomerView",
                  "customer.CustomerKeys")),
          Map.entry(
              "lead",
              Set.of(
                  "lead.LeadService",
                  "lead.LeadRow",
                  "lead.LeadIntake",
                  "lead.DealLeads",
                  "lead.LeadStatus",
                  "lead.LeadDetails",
                  "lead.LeadInput",
                  "lead.ShowroomInquiry",
                  "lead.CampaignFigures")),
          Map.entry("deal", Set.of("deal.DealRegistrationService", "deal.DealCampaignFigures")),
          Map.entry(
              "catalog",
              Set.of(
                  "catalog.Catalog",
                  "catalog.PriceContext",
                  "catalog.ProductSearch",
                  "catalog.ProductView",
                  "catalog.ProductIndexQuery",
                  "catalog.ProductIndexResult",
                  "catalog.ErpPrices")),
          Map.entry("showroom", Set.of()),
          Map.entry(
              "order",
              Set.of(
                  "order.OrderMessage",
                  "order.OrderMessages",
                  "order.OrderErpUpdates",
                  "order.OrderItems",
                  "order.OrderService",
                  "order.OrderRow",
                  "order.OrderStatus",
                  "order.SyncState",
                  "order.ReturnInput",
                  "order.ReturnView",
                  "order.CampaignRevenue",
                  "order.InvoiceRecorded")),
          Map.entry("erp", Set.of()),
          Map.entry(
              "support",
              Set.of(
                  "support.IssueService",
                  "support.SolutionService",
                  "support.IssueView",
                  "support.IssueRow",
                  "support.IssueStatus",
                  "support.IssuePriority",
                  "support.IssueCategory",
                  "support.IssueChanged")),
          Map.entry(
              "mdf",
              Set.of(
                  "mdf.MdfPaymentMessage",
                  "mdf.MdfErpUpdates",
                  "mdf.MdfPrograms",
                  "mdf.MdfLedger",
                  "mdf.MdfAllocations",
                  "mdf.MdfRequests",
                  "mdf.MdfClaims",
                  "mdf.ProgramView",
                  "mdf.AllocationView",
                  "mdf.RequestView",
                  "mdf.ClaimView",
                  "mdf.EntryView",
                  "mdf.ProofRuleView",
                  "mdf.EventView",
                  "mdf.MdfActivityType",
                  "mdf.MdfRequestStatus",
                  "mdf.MdfClaimStatus")),
          Map.entry("analytics", Set.of()),
          Map.entry("program", Set.of()));

  /** An entity of one capability that one named class of another still uses, and why. */
  record Use(String entity, String by, String reason) {}

  /** The entity uses that remain; nothing else may join another capability's entities. */
  static final Set<Use> TOLERATED =
      Set.of(
          new Use(
              "lead.Lead",
              "deal.DealRegistrationService",
              "the conflict check's criteria query over leads and DealLeads.acceptedLead's result"),
          new Use(
              "lead.Lead",
              "showroom.PublicShowrooms",
              "reads the id of the lead LeadIntake.fromShowroom just created"),
          new Use(
              "partner.Partner",
              "catalog.PriceLists",
              "reads the caller's partner tier for the tier discount"),
          new Use(
              "partner.Partner",
              "catalog.web.PriceListBean",
              "the partner picker lists PartnerService's entities"),
          new Use(
              "partner.Partner",
              "mdf.web.MdfPages",
              "the MDF forms' partner picker's partner picker lists PartnerService's entities"),
          new Use(
              "partner.Partner",
              "deal.DealRegistrationService",
              "the partner's name on a registration"),
          new Use(
              "partner.Partner",
              "lead.LeadIntake",
              "a showroom inquiry needs an active partner (status, id)"),
          new Use(
              "partner.Partner",
              "lead.LeadService",
              "dispatch checks the partner's status and tier (acceptance due) inside the lead's"
                  + " transaction; list queries move to the list helper (branch lists)"),
          new Use(
              "partner.Partner",
              "lead.dispatch.RoutingService",
              "the routing page's rows are PartnerService's partners with their routing"),
          new Use(
              "partner.Partner",
              "lead.dispatch.RuleDispatcher",
              "the dispatch pool's criteria query over the visible active partners"),
          new Use(
              "partner.Partner",
              "lead.web.PartnerOption",
              "a partner picker entry built from PartnerService's entities"),
          new Use(
              "partner.Partner",
              "showroom.PublicShowrooms",
              "the showroom's owner (status, name, country) on the public page"),
          new Use(
              "partner.PartnerUser",
              "lead.LeadService",
              "assigning a lead checks the assignee is a user of the lead's partner"),
          new Use(
              "partner.PartnerUser",
              "lead.web.LeadBean",
              "the colleagues a partner manager assigns to, from PartnerUsers.ofPartner"),
          new Use(
              "partner.Partner",
              "showroom.Showrooms",
              "a new showroom's slug comes from its partner's name"),
          new Use(
              "catalog.Category",
              "showroom.Showrooms",
              "the categories a manager may show are Catalog's category entities"),
          new Use(
              "catalog.Category",
              "showroom.PublicShowrooms",
              "the showroom's category filter reads Catalog's category entities"));

  @ArchTest
  static final ArchRule capabilitiesAndKernelsFormNoCycles =
      slices()
          .matching("org.channelport.(*)..")
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .as("capabilities and kernels depend on each other without cycles");

  @ArchTest
  static final ArchRule sharedDependsOnNothingOfThePortal =
      noClasses()
          .that()
          .resideInAPackage("org.channelport.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(except("shared"))
          .as("shared depends on nothing else of the portal");

  @ArchTest
  static final ArchRule platformDependsOnSharedOnly =
      noClasses()
          .that()
          .resideInAPackage("org.channelport.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(except("shared", "platform"))
          .as("platform depends on shared only, never on a capability");

  @ArchTest
  static final ArchRule securityKnowsNoCapabilityNorAudit =
      noClasses()
          .that()
          .resideInAPackage("org.channelport.security..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(except("shared", "platform", "security"))
          .as("security depends on platform and shared only, never on a capability or on audit");

  @ArchTest
  static final ArchRule auditKnowsNoCapability =
      noClasses()
          .that()
          .resideInAPackage("org.channelport.audit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(except("shared", "platform", "security", "audit"))
          .as("audit depends on security, platform and shared only, never on a capability");

  @ArchTest
  static final ArchRule capabilitiesUseOnlyWhatOthersPublish =
      classes()
          .that()
          .resideInAnyPackage(packagesOf(CAPABILITIES.toArray(String[]::new)))
          .should(useOnlyPublishedTypesOfOtherCapabilities())
          .as("a capability uses another capability only through the types it publishes");

  @ArchTest
  static final ArchRule domainDoesNotUsePagesOrApi =
      noClasses()
          .that()
          .resideOutsideOfPackages("..web..", "..api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.channelport..web..", "org.channelport..api..")
          .as("domain classes (outside web and api) use no page bean and no API resource");

  @ArchTest
  static final ArchRule securityPagesAreUsedByNoOtherPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.channelport.security.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.channelport.security.web..")
          .as("no other package uses security's pages (sign-in callback, logout, user bean)");

  @ArchTest
  static final ArchRule auditPagesAreUsedByNoOtherPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.channelport.audit.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.channelport.audit.web..")
          .as("no other package uses the audit log's page bean");

  private static String[] except(String... allowed) {
    Set<String> mine = Set.of(allowed);
    return Stream.concat(
            CAPABILITIES.stream(), Set.of("shared", "platform", "security", "audit").stream())
        .filter(p -> !mine.contains(p))
        .map(p -> ROOT + p + "..")
        .toArray(String[]::new);
  }

  private static String[] packagesOf(String... tops) {
    return Arrays.stream(tops).map(p -> ROOT + p + "..").toArray(String[]::new);
  }

  /** The capability a class belongs to, or null for kernels and libraries. */
  static String capabilityOf(JavaClass type) {
    String name = type.getName();
    if (!name.startsWith(ROOT)) {
      return null;
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    String top = dot < 0 ? rest : rest.substring(0, dot);
    return CAPABILITIES.contains(top) ? top : null;
  }

  /** The class as published: below org.channelport, a nested class named by its outermost one. */
  static String publishedName(JavaClass type) {
    String name = type.getName().substring(ROOT.length());
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  static boolean tolerated(String entity, String by) {
    return TOLERATED.stream().anyMatch(u -> u.entity().equals(entity) && u.by().equals(by));
  }

  static ArchCondition<JavaClass> useOnlyPublishedTypesOfOtherCapabilities() {
    return new ArchCondition<>("use only the published types of other capabilities") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = capabilityOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          String other = capabilityOf(target);
          if (other == null || other.equals(own)) {
            continue;
          }
          String used = publishedName(target);
          if (PUBLISHED.get(other).contains(used) || tolerated(used, publishedName(origin))) {
            continue;
          }
          events.add(
              SimpleConditionEvent.violated(
                  dependency,
                  used + " is not published by " + other + ": " + dependency.getDescription()));
        }
      }
    };
  }
}
