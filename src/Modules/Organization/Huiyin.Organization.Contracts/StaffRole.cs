namespace Huiyin.Organization.Contracts;

/// <summary>The roles of PRODUCT.md §0: 客服专员, 维修工, 客服主管, 客服经理, 总经理, 系统管理员.</summary>
public enum StaffRole
{
    Agent,
    Technician,
    Supervisor,
    Manager,
    Executive,
    Admin,
}
