package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.channelport.it.support.Db;
import org.channelport.it.support.PortalSession;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner manager's showroom settings, posted as the settings page's form would be: the featured
 * products are named by SKU (any case, any separator), an unknown SKU is named in the answer and
 * nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomManageIT {
  private static final String PAGE = "/partner/showroom.xhtml";

  static HttpResponse<String> saveFeatured(PortalSession pm, String featured) {
    String page = pm.get(PAGE).body();
    assertTrue(page.contains("danube-solutions"), page);
    Map<String, String> form = PortalSession.formFields(page, "showroomForm");
    // none ticked: every category is shown, as before
    form.keySet().removeIf(name -> name.startsWith("showroomForm:categories"));
    form.put("showroomForm:featured", featured);
    form.put("showroomForm:save", "showroomForm:save");
    HttpResponse<String> response = pm.postForm(PAGE, form);
    assertEquals(200, response.statusCode(), response.body());
    return response;
  }

  static long featured(long partnerId, Object... productIds) {
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*) FROM showroom_featured WHERE partner_id = ?");
    if (productIds.length > 0) {
      sql.append(" AND product_id IN (").append("?,".repeat(productIds.length - 1)).append("?)");
    }
    Object[] args = new Object[productIds.length + 1];
    args[0] = partnerId;
    System.arraycopy(productIds, 0, args, 1, productIds.length);
    return Db.count(sql.toString(), args);
  }

  @Test
  void featuredSkusAreFoundWhateverTheirCaseAndAnUnknownOneIsNamed() {
    long danube = Db.count("SELECT partner_id FROM showroom WHERE slug = 'danube-solutions'");
    String intro = Db.string("SELECT intro FROM showroom WHERE partner_id = ?", danube);
    String email = Db.string("SELECT contact_email FROM showroom WHERE partner_id = ?", danube);
    String phone = Db.string("SELECT contact_phone FROM showroom WHERE partner_id = ?", danube);
    String adjustment =
        Db.string("SELECT price_adjustment_pct FROM showroom WHERE partner_id = ?", danube);
    long netSw24 = Db.count("SELECT id FROM product WHERE sku = 'NET-SW24'");
    long stoNas4 = Db.count("SELECT id FROM product WHERE sku = 'STO-NAS4'");
    PortalSession pm = PortalSession.signIn("pm-danube");
    try {
      String refused = saveFeatured(pm, "net-sw24\nNO-SUCH-SKU-42\nSTO-NAS4").body();
      assertTrue(refused.contains("there is no product with SKU"), refused);
      assertTrue(refused.contains("NO-SUCH-SKU-42"), refused);
      assertEquals(0, featured(danube), "nothing is stored while one SKU is unknown");

      String saved = saveFeatured(pm, "net-sw24, STO-NAS4;NET-SW24\nsto-nas4").body();
      assertTrue(saved.contains("showroomForm"), saved);
      assertEquals(2, featured(danube), "each product once, whatever the SKU's case");
      assertEquals(2, featured(danube, netSw24, stoNas4));
    } finally {
      Db.update("DELETE FROM showroom_featured WHERE partner_id = ?", danube);
      Db.update("DELETE FROM showroom_category WHERE partner_id = ?", danube);
      Db.update(
          "UPDATE showroom SET intro = ?, contact_email = ?, contact_phone = ?,"
              + " price_adjustment_pct = ? WHERE partner_id = ?",
          intro,
          email,
          phone,
          adjustment,
          danube);
    }
  }
}
