namespace Huiyin.Complaints.Domain;

/// <summary>How a complaint is named to the complainant in a text message: 收费投诉, 维修投诉….</summary>
internal static class ComplaintSubject
{
    private static readonly Dictionary<ComplaintCategory, string> CategoryNames = new()
    {
        [ComplaintCategory.Service] = "服务", [ComplaintCategory.Fees] = "收费", [ComplaintCategory.Funds] = "资金",
        [ComplaintCategory.Maintenance] = "维修", [ComplaintCategory.StaffConduct] = "员工行为", [ComplaintCategory.Security] = "安保",
        [ComplaintCategory.Cleaning] = "保洁", [ComplaintCategory.Greening] = "绿化", [ComplaintCategory.Facilities] = "设施",
        [ComplaintCategory.Parking] = "停车", [ComplaintCategory.Other] = "其他",
    };

    public static string Of(ComplaintCategory category) => CategoryNames[category] + "投诉";
}
