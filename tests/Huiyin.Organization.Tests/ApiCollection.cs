using Huiyin.TestKit;

namespace Huiyin.Organization.Tests;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<HuiyinApp>
{
    public const string Name = "Organization API";
}
