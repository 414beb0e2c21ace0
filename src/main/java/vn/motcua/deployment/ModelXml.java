package vn.motcua.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The XML of a model as plain DOM, so a rule sees every element and attribute, those the BPMN Model API
 * does not type as well (an attribute a rule forgets is an attribute an attacker uses).
 */
final class ModelXml {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The engine reads its extensions in both namespaces. */
    static final List<String> CAMUNDA_NS = List.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");

    /** Expressions that tools give generated ids of their own: name the flow or event holding them instead. */
    private static final java.util.Set<String> EXPRESSION_ELEMENTS = java.util.Set.of("conditionExpression",
            "completionCondition", "loopCardinality", "timeDate", "timeDuration", "timeCycle");

    private ModelXml() {
    }

    static Document of(BpmnModelInstance model) {
        return (Document) model.getDocument().getDomSource().getNode();
    }

    /** Parses a file with doctypes refused (no external entities). */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e; // reported as a model problem, not printed
            }
        });
        return builder.parse(new ByteArrayInputStream(xml));
    }

    static void forEachElement(Document document, Consumer<Element> action) {
        List<Element> pending = new ArrayList<>();
        pending.add(document.getDocumentElement());
        while (!pending.isEmpty()) {
            Element element = pending.remove(pending.size() - 1);
            action.accept(element);
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element childElement) {
                    pending.add(childElement);
                }
            }
        }
    }

    static List<Attr> attributes(Element element) {
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        return attributes;
    }

    /** The text directly inside the element (not its children's). */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** The id of the element or of its nearest ancestor with one: what the modeller clicks on in Modeler. */
    static String elementId(Element element) {
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String id = current.getAttribute("id");
            if (!id.isEmpty() && !EXPRESSION_ELEMENTS.contains(current.getLocalName())) {
                return id;
            }
        }
        return null;
    }

    static String name(Node node) {
        return node.getPrefix() != null ? node.getPrefix() + ":" + node.getLocalName() : node.getLocalName();
    }

    static boolean isCamunda(Node node) {
        return node.getNamespaceURI() != null && CAMUNDA_NS.contains(node.getNamespaceURI());
    }
}
