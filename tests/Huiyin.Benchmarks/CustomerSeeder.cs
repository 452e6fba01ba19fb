using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Benchmarks;

/// <summary>Search terms that exist in the seeded data.</summary>
internal sealed record SeedSample(List<string> TwoCharacterFragments, List<string> ThreeCharacterFragments, List<string> Phones, List<string> Numbers);

/// <summary>Inserts customers straight through the module's DbContext, in batches (the API would take hours for 100,000).</summary>
internal static class CustomerSeeder
{
    private const int Batch = 5_000;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    private static readonly string[] Given = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "志强", "晓东", "海燕", "雪梅", "子涵", "浩然", "思远", "嘉怡", "宇航", "梓萱", "俊杰", "欣怡"];
    private static readonly CustomerType[] Types = [CustomerType.Owner, CustomerType.Resident, CustomerType.Tenant, CustomerType.Owner, CustomerType.Merchant];

    public static async Task<SeedSample> SeedAsync(IServiceProvider services, int count)
    {
        var random = new Random(100_000);
        var phones = new HashSet<string>();
        var sample = new SeedSample([], [], [], []);
        for (var done = 0; done < count; done += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustomersDbContext>();
            var sensitive = scope.ServiceProvider.GetRequiredService<SensitiveData>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var size = Math.Min(Batch, count - done);
            var sequences = await db.Database
                .SqlQueryRaw<long>("SELECT nextval('" + CustomersDbContext.SchemaName + "." + CustomersDbContext.NumberSequence + "') AS \"Value\" FROM generate_series(1, {0})", size)
                .ToListAsync();
            foreach (var sequence in sequences)
            {
                var name = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
                string phone;
                do
                {
                    phone = $"1{random.Next(3, 10)}{random.Next(0, 10)}{random.Next(10_000_000, 100_000_000)}";
                }
                while (!phones.Add(phone));

                var idNumber = sequence % 2 == 0 ? sensitive.Seal(CustomerRegistry.IdNumberField, $"330106{random.Next(1950, 2005)}0101{random.Next(1000, 9999)}") : null;
                var profile = new CustomerProfile(Types[sequence % Types.Length], name, [phone], null, idNumber, null, ["金色家园 1栋1单元101"], [], null, sequence % 50 == 0, null, true);
                var customer = Customer.Register(sequence, profile);
                db.Customers.Add(customer);
                if (sequence % 1_000 == 0)
                {
                    (name.Length >= 3 ? sample.ThreeCharacterFragments : sample.TwoCharacterFragments).Add(name.Length >= 3 ? name : name[..2]);
                    sample.TwoCharacterFragments.Add(name[^2..]);
                    sample.Phones.Add(phone);
                    sample.Numbers.Add(customer.Number);
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CustomersDbContext>().Database.ExecuteSqlRawAsync("ANALYZE customers.customers");
        }

        return sample;
    }
}
