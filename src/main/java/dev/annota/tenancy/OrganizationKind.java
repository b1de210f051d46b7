package dev.annota.tenancy;

public enum OrganizationKind {
    /** Owns projects and their data: a tenant. */
    CUSTOMER,
    /** Supplies annotators to customers' projects through engagements. */
    WORKFORCE,
    /** Runs the instance: creates organizations, reads no organization's items. */
    OPERATOR
}
