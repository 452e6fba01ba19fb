namespace Huiyin.Customers.Contracts;

/// <summary>The Customers module's permissions: policies on its endpoints, claims in tokens, scopes of API clients.</summary>
public static class CustomersPermissions
{
    public const string Read = "customers:read";
    public const string Write = "customers:write";
    public const string Sensitive = "customers:sensitive";
    public const string Export = "customers:export";
    public const string ApproveExport = "customers:approve-export";
    public const string Grade = "customers:grade";
    public const string ApproveGrading = "customers:approve-grading";
    public const string Keys = "customers:keys";
}
