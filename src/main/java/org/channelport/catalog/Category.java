package org.channelport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** A node of the catalog's category tree. */
@Entity
@Table(name = "catalog_category")
public class Category implements Serializable {
  @Id
  @jakarta.persistence.GeneratedValue(
      strategy = GenerationType.TABLE,
      generator = "catalog_category_ids") // declared in META-INF/orm.xml
  private Long id;

  private String code;
  private String name;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "sort_order")
  private int sortOrder;

  @Version private long version;

  protected Category() {}

  public Category(String code, String name, Long parentId, int sortOrder) {
    this.code = code;
    this.name = name;
    this.parentId = parentId;
    this.sortOrder = sortOrder;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Long getParentId() {
    return parentId;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
