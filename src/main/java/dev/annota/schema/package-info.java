/**
 * The label schema language: the questions of a project ({@link dev.annota.schema.LabelSchema}: choice, rating, text,
 * spans, boxes, edits, comparison, conversation rating, demonstration), read from JSON with the line and field of
 * each mistake ({@link dev.annota.schema.SchemaReader}, {@link dev.annota.schema.InvalidLabelSchema}), the checks of
 * answers against it, and the task types ({@link dev.annota.schema.TaskType}) that say which questions and which item
 * data a project of each kind takes. Values only: no storage, no Spring beans.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Label schemas", allowedDependencies = {})
package dev.annota.schema;
