package org.channelport.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Where an order goes: the partner's or the end customer's address. */
@Embeddable
public class ShipTo implements Serializable {
  @Column(name = "ship_to_name")
  private String name;

  @Column(name = "ship_to_street")
  private String street;

  @Column(name = "ship_to_postcode")
  private String postcode;

  @Column(name = "ship_to_city")
  private String city;

  @Column(name = "ship_to_country")
  private String country;

  protected ShipTo() {}

  public ShipTo(String name, String street, String postcode, String city, String country) {
    this.name = name;
    this.street = street;
    this.postcode = postcode;
    this.city = city;
    this.country = country;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getCity() {
    return city;
  }

  public String getCountry() {
    return country;
  }
}
