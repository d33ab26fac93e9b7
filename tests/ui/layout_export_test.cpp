#include "arrow_item.h"
#include "diagram_exporter.h"
#include "diagram_scene.h"
#include "layout_export.h"
#include "state_builder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineF>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using memstep::ui::DiagramExporter;
using memstep::ui::DiagramScene;
using memstep::ui::LayoutExport;
using memstep::ui::LayoutOptions;

namespace {

// A frame naming a list whose cells hold two lists, a dict holding one of them, and an
// instance with an attribute: arrows that curve and slots of every kind.
memstep::core::ProgramState sampleState() {
    memstep::ui::test::StateBuilder b;
    const auto inner = b.list({b.integer(1), b.integer(2)});
    const auto other = b.list({b.str("x")});
    const auto outer = b.list({inner, other, inner});
    const auto table = b.dict({{b.str("k"), other}});
    memstep::core::HeapObject point;
    point.type = "instance";
    point.className = "Point";
    point.attrs = {{"items", outer}};
    const auto instance = b.add(point);
    b.frame("<module>", {{"a", outer}, {"t", table}, {"p", instance}});
    return b.state;
}

QPointF pointOf(const QJsonValue& value) {
    const QJsonArray xy = value.toArray();
    return QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
}

QRectF rectOf(const QJsonValue& value) {
    const QJsonArray r = value.toArray();
    return QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
}

qreal distanceToPolyline(QPointF p, const QJsonArray& points) {
    qreal best = 1e9;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF a = pointOf(points.at(i - 1));
        const QPointF b = pointOf(points.at(i));
        const QPointF ab = b - a;
        const qreal length2 = QPointF::dotProduct(ab, ab);
        const qreal t =
            length2 == 0 ? 0 : std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0);
        best = std::min(best, QLineF(p, a + ab * t).length());
    }
    return best;
}

} // namespace

TEST(LayoutExport, ArrowsAreTheDrawnCurvesWithinOnePixel) {
    DiagramScene scene;
    scene.setOptions(LayoutOptions{true, false});
    const auto state = sampleState();
    scene.showState(state);
    const QJsonObject layout = LayoutExport::describe(scene, state, 1);
    const QTransform toImage = DiagramExporter(scene).sceneToImage(1);
    const QJsonArray arrows = layout.value("arrows").toArray();
    ASSERT_EQ(std::size_t(arrows.size()), scene.currentLayout().arrows.size());
    for (std::size_t i = 0; i < scene.currentLayout().arrows.size(); ++i) {
        const auto& arrow = scene.currentLayout().arrows[i];
        const QJsonArray points = arrows.at(qsizetype(i)).toObject().value("points").toArray();
        ASSERT_GE(points.size(), 2);
        // From the slot's dot to the head's tip, which is the layout's end point.
        EXPECT_LT(QLineF(pointOf(points.first()), toImage.map(arrow.start)).length(), 0.01);
        EXPECT_LT(QLineF(pointOf(points.last()), toImage.map(arrow.end)).length(), 0.01);
        // Every point of the painted line is within 1 px of the polyline.
        const QPainterPath curve = toImage.map(scene.arrowItem(arrow.source)->curve());
        for (int k = 0; k <= 400; ++k) {
            const QPointF p = curve.pointAtPercent(k / 400.0);
            EXPECT_LE(distanceToPolyline(p, points), 1.0)
                << arrow.source.toString().toStdString() << " at " << k;
        }
    }
}

TEST(LayoutExport, NamesEachArrowBySlot) {
    DiagramScene scene;
    scene.setOptions(LayoutOptions{true, false});
    const auto state = sampleState();
    scene.showState(state);
    const QJsonObject layout = LayoutExport::describe(scene, state, 7);
    EXPECT_EQ(layout.value("step").toInt(), 7);
    QSet<QString> from;
    for (const QJsonValue& arrow : layout.value("arrows").toArray()) {
        QString name = arrow.toObject().value("from").toString();
        name.replace(QRegularExpression("^o\\d+"), "#");
        from.insert(name);
    }
    for (const char* name :
         {"f1:a", "f1:t", "f1:p", "#[0]", "#[1]", "#[2]", "#{0}:value", "#.items"}) {
        EXPECT_TRUE(from.contains(QString::fromLatin1(name))) << name;
    }
    // A scalar key is drawn inline even with every object shown: no arrow from the key.
    EXPECT_FALSE(from.contains("#{0}"));
}

TEST(LayoutExport, TextsAreWhatIsPaintedWhereItIsPainted) {
    DiagramScene scene;
    const auto state = sampleState();
    scene.showState(state);
    const QJsonObject layout = LayoutExport::describe(scene, state, 1);
    const QJsonArray size = layout.value("size").toArray();
    EXPECT_EQ(QSize(size.at(0).toInt(), size.at(1).toInt()), DiagramExporter(scene).imageSize(1));
    const QRectF picture(0, 0, size.at(0).toDouble(), size.at(1).toDouble());
    const QTransform toImage = DiagramExporter(scene).sceneToImage(1);
    const QRectF frameHeader = toImage.mapRect(scene.currentLayout().frames.at(0).headerRect);
    bool sawTitle = false;
    QSet<QString> texts;
    for (const QJsonValue& value : layout.value("texts").toArray()) {
        const QJsonObject text = value.toObject();
        const QRectF rect = rectOf(text.value("rect"));
        EXPECT_TRUE(picture.contains(rect)) << text.value("text").toString().toStdString();
        texts.insert(text.value("text").toString());
        if (text.value("text").toString() == "Global frame") {
            sawTitle = true;
            EXPECT_EQ(text.value("px").toDouble(), 15);
            EXPECT_TRUE(frameHeader.contains(rect));
        }
    }
    EXPECT_TRUE(sawTitle);
    // Type strips, indices, names and inline values: everything a person reads.
    for (const char* text :
         {"list", "dict", "Point", "0", "1", "2", "a", "t", "p", "items", "'k'", "'x'"}) {
        EXPECT_TRUE(texts.contains(QString::fromLatin1(text))) << text;
    }
}
