package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every diagram under processes/ reads as a person drew it: no label lies on another label or on another
 * element, no two elements overlap (a boundary event sits on its task, a sub-process holds its steps),
 * and no sequence flow runs through an element it does not start or end at, nor through a label.
 */
class DiagramLayoutTest {

    private static final Path PROCESSES = Path.of("processes");

    record Box(String id, double x, double y, double w, double h) {
        static Box of(String id, Bounds b) {
            return new Box(id, b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        Box shrunk(double by) {
            return new Box(id, x + by, y + by, w - 2 * by, h - 2 * by);
        }

        boolean contains(Box o) {
            return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
        }

        /** Whether the axis-parallel or diagonal segment (x1,y1)-(x2,y2) passes through this box. */
        boolean crossedBy(double x1, double y1, double x2, double y2) {
            for (int i = 0; i <= 20; i++) {
                double px = x1 + (x2 - x1) * i / 20;
                double py = y1 + (y2 - y1) * i / 20;
                if (px > x && px < x + w && py > y && py < y + h) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> ModelValidator.isBpmn(file.toString())).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> labelsLieOnNothingElse() throws IOException {
        return perModel(DiagramLayoutTest::labelProblems);
    }

    @TestFactory
    Stream<DynamicTest> elementsDoNotOverlap() throws IOException {
        return perModel(DiagramLayoutTest::overlappingElements);
    }

    @TestFactory
    Stream<DynamicTest> flowsRunAroundElements() throws IOException {
        return perModel(DiagramLayoutTest::flowsThroughElements);
    }

    private static Stream<DynamicTest> perModel(java.util.function.Function<BpmnModelInstance, List<String>> check)
            throws IOException {
        return bpmnFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<String> problems = check.apply(model);
            assertThat(problems).as("%s: %s", file, String.join("; ", problems)).isEmpty();
        }));
    }

    static List<String> labelProblems(BpmnModelInstance model) {
        List<Box> labels = labels(model);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).overlaps(labels.get(j))) {
                    problems.add("label of " + labels.get(i).id() + " lies on label of " + labels.get(j).id());
                }
            }
            for (Box shape : nodeShapes(model)) {
                if (!shape.id().equals(labels.get(i).id()) && labels.get(i).overlaps(shape)) {
                    problems.add("label of " + labels.get(i).id() + " lies on " + shape.id());
                }
            }
        }
        return problems;
    }

    static List<String> overlappingElements(BpmnModelInstance model) {
        List<Box> shapes = nodeShapes(model);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                Box a = shapes.get(i);
                Box b = shapes.get(j);
                if (a.overlaps(b) && !attached(model, a.id(), b.id()) && !attached(model, b.id(), a.id())) {
                    problems.add(a.id() + " overlaps " + b.id());
                }
            }
        }
        return problems;
    }

    static List<String> flowsThroughElements(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        List<Box> shapes = new ArrayList<>(nodeShapes(model));
        labels(model).stream().map(label -> new Box("label of " + label.id(), label.x(), label.y(), label.w(), label.h()))
                .forEach(shapes::add);
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
                continue;
            }
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            for (Box shape : shapes) {
                if (shape.id().equals(flow.getSource().getId()) || shape.id().equals(flow.getTarget().getId())
                        || shape.id().equals("label of " + flow.getId())) {
                    continue;
                }
                Box inner = shape.shrunk(3);
                for (int i = 0; i + 1 < points.size(); i++) {
                    if (inner.crossedBy(points.get(i).getX(), points.get(i).getY(), points.get(i + 1).getX(),
                            points.get(i + 1).getY())) {
                        problems.add(flow.getId() + " runs through " + shape.id());
                        break;
                    }
                }
            }
        }
        return problems;
    }

    /** Shapes of flow nodes, but expanded sub-processes and pools, which hold others. */
    private static List<Box> nodeShapes(BpmnModelInstance model) {
        List<Box> boxes = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            boolean container = element instanceof Participant
                    || element instanceof SubProcess && !Boolean.FALSE.equals(shape.isExpanded());
            if (element instanceof FlowNode && !container) {
                boxes.add(Box.of(element.getId(), shape.getBounds()));
            }
        }
        return boxes;
    }

    private static List<Box> labels(BpmnModelInstance model) {
        List<Box> boxes = new ArrayList<>();
        Collection<ModelElementInstance> withLabels = new ArrayList<>();
        withLabels.addAll(model.getModelElementsByType(BpmnShape.class));
        withLabels.addAll(model.getModelElementsByType(BpmnEdge.class));
        for (ModelElementInstance di : withLabels) {
            BaseElement element = di instanceof BpmnShape shape ? shape.getBpmnElement() : ((BpmnEdge) di).getBpmnElement();
            var label = di instanceof BpmnShape shape ? shape.getBpmnLabel() : ((BpmnEdge) di).getBpmnLabel();
            String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
            if (label != null && label.getBounds() != null && name != null && !name.isBlank()) {
                Bounds b = label.getBounds();
                double height = Math.max(b.getHeight(), lines(name, b.getWidth()) * LINE_HEIGHT);
                boxes.add(new Box(element.getId(), b.getX(), b.getY(), b.getWidth(), height));
            }
        }
        return boxes;
    }

    /** Modeler's labels: 11 px Arial, about 6 px a character on average, 14 px a line. */
    private static final double CHAR_WIDTH = 6;
    private static final double LINE_HEIGHT = 14;

    /**
     * How many lines the label takes when wrapped at its width, as Modeler draws it: a label's stored bounds
     * are what Modeler measured when it was last edited, and a longer name overflows them.
     */
    static int lines(String text, double width) {
        int lines = 1;
        double line = 0;
        for (String word : text.trim().split("\\s+")) {
            double w = word.length() * CHAR_WIDTH;
            if (line > 0 && line + CHAR_WIDTH + w > width) {
                lines++;
                line = w;
            } else {
                line += (line > 0 ? CHAR_WIDTH : 0) + w;
            }
        }
        return lines;
    }

    /** A boundary event sits on the border of its task. */
    private static boolean attached(BpmnModelInstance model, String boundary, String host) {
        return model.getModelElementById(boundary) instanceof BoundaryEvent event
                && event.getAttachedTo() != null && event.getAttachedTo().getId().equals(host);
    }
}
