package org.channelport.mdf.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.channelport.mdf.MdfActivityType;

/**
 * Activity types in a many-select (a list's element type is lost to the page): by their codes; an
 * unknown code is no choice at all.
 */
@FacesConverter("cp.mdfActivityType")
public class MdfActivityTypeConverter implements Converter<MdfActivityType> {
  @Override
  public MdfActivityType getAsObject(FacesContext context, UIComponent component, String value) {
    return MdfActivityType.parse(value).orElse(null);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, MdfActivityType value) {
    return value == null ? "" : value.code();
  }
}
