
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

/// <summary>Persons and organisations: only an organisation is graded into tiers.</summary>
internal enum CustomerCategory
{
    Person,
    Organization,
}

internal static class CustomerTypes
{
    public static bool IsOrganization(this CustomerType type) => type is CustomerType.Merchant or CustomerType.Enterprise;

    public static CustomerCategory Category(this CustomerType type) => type.IsOrganization() ? CustomerCategory.Organization : CustomerCategory.Person;
}
