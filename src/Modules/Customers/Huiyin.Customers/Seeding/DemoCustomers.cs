using System.Globalization;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Grading;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Huiyin.Customers.Seeding;

/// <summary>
/// The local run's demo customers (<c>Seed:Demo=true</c>): a few hundred owners, residents and tenants of
/// three estates, thirty scored merchants and enterprises, and one approved grading run. Only into an empty module.
/// </summary>
internal sealed class DemoCustomers(CustomersDbContext db, CustomerRegistry registry, SensitiveData sensitive, IMediator mediator, TimeProvider clock, IConfiguration configuration)
    : IStartupTask
{
    private const int Persons = 300;
    private const int Organizations = 30;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "晓东", "海燕", "雪梅", "子涵", "浩然"];
    private static readonly string[] Estates = ["翠湖花园", "锦江苑", "金色家园"];
    private static readonly string[] Businesses = ["便利店", "咖啡馆", "药房", "超市", "健身房", "餐厅", "洗衣店", "花店", "科技有限公司", "物流有限公司"];
    private static readonly string[] Brands = ["悦来", "鸿福", "佳美", "盛世", "华润", "永辉", "顺达", "新元", "东方", "瑞丰"];
    private static readonly string[] AreaCodes = ["330106", "330102", "110105", "310115", "440305"];
    private static readonly CustomerType[] PersonTypes = [CustomerType.Owner, CustomerType.Owner, CustomerType.Resident, CustomerType.Tenant];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Seed:Demo") || await db.Customers.AnyAsync(cancellationToken))
        {
            return;
        }

        var random = new Random(2026);
        var phones = new HashSet<string>();
        for (var i = 0; i < Persons; i++)
        {
            var estate = Estates[i % Estates.Length];
            var idNumber = i % 2 == 0 ? ResidentId(random) : null;
            await AddAsync(PersonTypes[i % PersonTypes.Length], Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)], Mobile(random, phones),
                $"{estate} {random.Next(1, 13)}栋{random.Next(1, 4)}单元{random.Next(1, 31)}{random.Next(1, 5):D2}", idNumber, vip: i % 17 == 0, cancellationToken);
        }

        for (var i = 0; i < Organizations; i++)
        {
            var type = i % 3 == 0 ? CustomerType.Enterprise : CustomerType.Merchant;
            var name = $"{Brands[i % Brands.Length]}{Businesses[(i * 7) % Businesses.Length]}{(i >= Brands.Length ? (i / Brands.Length + 1).ToString(CultureInfo.InvariantCulture) + "号店" : "")}";
            var customer = await AddAsync(type, name, $"0571{random.Next(80000000, 89999999)}", $"{Estates[i % Estates.Length]} 商业街 {i + 1} 号", null, vip: i < 3, cancellationToken);
            customer.Rate(new TierScore(random.Next(5, 26), random.Next(5, 26), random.Next(5, 26), random.Next(5, 26), "年度经营数据、品牌影响力与缴费合作记录（演示数据）", clock.GetUtcNow(), "system"));
        }

        await db.SaveChangesAsync(cancellationToken);
        var run = await mediator.Send(new StartGradingRun(GradingScope.Everyone), cancellationToken);
        await mediator.Send(new ApproveGradingRun(run.Value.Id), cancellationToken);
    }

    private async Task<Customer> AddAsync(CustomerType type, string name, string phone, string address, string? idNumber, bool vip, CancellationToken cancellationToken)
    {
        var profile = new CustomerProfile(
            type, name, [phone], null, idNumber is null ? null : sensitive.Seal(CustomerRegistry.IdNumberField, idNumber), null, [address], [], null, vip, null, SmsConsent: true);
        var customer = Customer.Register(await db.NextSequenceAsync(cancellationToken), profile);
        db.Customers.Add(customer);
        registry.RecordChanges(customer, new Dictionary<string, (string?, string?)>());
        return customer;
    }

    private static string Mobile(Random random, HashSet<string> taken)
    {
        string phone;
        do
        {
            phone = $"1{random.Next(3, 10)}{random.Next(0, 10)}{random.Next(10000000, 99999999)}";
        }
        while (!taken.Add(phone));
        return phone;
    }

    private static string ResidentId(Random random)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50));
        var first17 = $"{AreaCodes[random.Next(AreaCodes.Length)]}{birth:yyyyMMdd}{random.Next(0, 1000):D3}";
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
