package dev.precis.read;

import dev.precis.PrecisException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML that came from anywhere: a DOCTYPE is refused outright, so neither entity expansion
 * (billion laughs) nor external entities (reading local files, reaching other hosts) can happen.
 * News feeds and OPML files never need a DOCTYPE.
 */
final class SafeXml {
  private SafeXml() {}

  static Document parse(byte[] bytes, String name, String what) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      throw new PrecisException(problem(name, what, e.getMessage(), e.getLineNumber()), e);
    } catch (SAXException | IOException e) {
      throw new PrecisException(problem(name, what, e.getMessage(), -1), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  /** The message for XML that cannot be read; a DOCTYPE gets its own. */
  static String problem(String name, String what, String detail, int line) {
    if (detail != null && detail.contains("DOCTYPE")) {
      return name + " declares a DOCTYPE, which is refused: feeds and OPML files never need one, "
          + "and its entities could expand without bound or read other files";
    }
    return name + " is not a readable " + what + (line > 0 ? " (line " + line + ")" : "") + ": "
        + (detail == null ? "malformed XML" : detail);
  }
}
