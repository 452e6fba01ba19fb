
namespace Huiyin.Customers.Domain;

/// <summary>业主, 住户, 租户 are persons; 商户 and 企业 are organisations (PRODUCT.md §1).</summary>
internal enum CustomerType
{
    Owner,
    Resident,
    Tenant,
    Merchant,
    Enterprise,
}

internal static class CustomerTypes
{
    public static bool IsOrganization(this CustomerType type) => type is CustomerType.Merchant or CustomerType.Enterprise;
}
