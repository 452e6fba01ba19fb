using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Huiyin.Customers.Persistence.Migrations
{
    /// <summary>
    /// A ciphertext now begins with the id of the key that sealed it. Every value stored so far was sealed with the one key
    /// there was, which is key 1 (<c>Customers:EncryptionKey</c>).
    /// </summary>
    internal partial class KeyIdInCiphertext : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            UPDATE customers.customers
            SET id_number_cipher = CASE WHEN id_number_cipher IS NULL THEN NULL ELSE '\x01'::bytea || id_number_cipher END,
                bank_account_cipher = CASE WHEN bank_account_cipher IS NULL THEN NULL ELSE '\x01'::bytea || bank_account_cipher END
            WHERE id_number_cipher IS NOT NULL OR bank_account_cipher IS NOT NULL;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            UPDATE customers.customers
            SET id_number_cipher = CASE WHEN id_number_cipher IS NULL THEN NULL ELSE substring(id_number_cipher FROM 2) END,
                bank_account_cipher = CASE WHEN bank_account_cipher IS NULL THEN NULL ELSE substring(bank_account_cipher FROM 2) END
            WHERE id_number_cipher IS NOT NULL OR bank_account_cipher IS NOT NULL;
            """);
    }
}
