using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Customers API";
}
