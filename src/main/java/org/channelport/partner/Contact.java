package org.channelport.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A person to talk to at a partner. */
@Embeddable
public class Contact implements Serializable {
  @Column(name = "contact_name")
  private String name;

  @Column(name = "contact_email")
  private String email;

  @Column(name = "contact_phone")
  private String phone;

  protected Contact() {}

  public Contact(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && Objects.equals(name, c.name)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }

  @Override
  public String toString() {
    return String.join(
        " / ",
        Objects.toString(name, ""),
        Objects.toString(email, ""),
        Objects.toString(phone, ""));
  }
}
