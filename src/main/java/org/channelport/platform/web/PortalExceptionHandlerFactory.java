package org.channelport.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {
  public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PortalExceptionHandler(getWrapped().getExceptionHandler());
  }
}
