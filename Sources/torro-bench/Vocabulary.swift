/// The words the generated catalog is made of: schemas, table stems and typed columns seen in ERP, CRM and
/// warehouse databases. Search queries are drawn from the same words, so they hit realistic numbers of assets.
enum Vocabulary {
    /// A column name with its type on each platform and, sometimes, a comment.
    struct ColumnWord {
        let name: String
        let oracle: String
        let postgres: String
        let parquet: String
        let comment: String?
    }

    static let oracleServices = ["ORCL", "ERPPROD", "CRMP", "FINP"]
    static let oracleSchemas = ["SALES", "HR", "FIN", "INV", "CRM", "SCM", "MKT", "BILLING", "STG", "DWH"]
    static let postgresDatabases = ["shop", "billing", "analytics", "warehouse"]
    static let postgresSchemas = ["public", "sales", "staging", "core", "marts", "finance", "marketing"]
    static let azureContainers = ["raw", "landing", "curated", "exports"]
    static let azureFolders = ["sales", "finance", "crm", "supply", "web", "hr"]

    static let tableStems = [
        "orders", "order_items", "customers", "customer_addresses", "invoices", "invoice_lines", "payments",
        "refunds", "shipments", "products", "product_prices", "inventory", "stock_movements", "suppliers",
        "purchase_orders", "employees", "departments", "payroll", "accounts", "ledger_entries", "gl_balances",
        "campaigns", "leads", "opportunities", "web_sessions", "page_views", "returns", "stores", "regions",
        "currencies", "exchange_rates", "contracts", "subscriptions", "tickets",
    ]

    static let columns: [ColumnWord] = [
        id("id"), id("customer_id", "Customer identifier"), id("order_id", "Sales order number"), id("product_id"),
        id("invoice_id"), id("account_id"), id("employee_id"), id("supplier_id"), id("store_id"), id("region_id"),
        id("manager_id"), id("warehouse_id"), id("campaign_id"), id("batch_id"),
        money("amount", "Amount in the document currency"), money("total_amount"), money("net_amount"),
        money("tax_amount", "VAT and sales tax"), money("discount"), money("unit_price"), money("revenue"),
        money("margin"), money("cost"), money("salary", "Gross monthly salary"),
        number("quantity"), number("stock_level"), number("reorder_point"), number("click_count"), number("version"),
        date("order_date", "Date the order was placed"), date("invoice_date"), date("ship_date"), date("due_date"),
        date("hire_date"), timestamp("created_at"), timestamp("updated_at"), timestamp("deleted_at"),
        timestamp("load_ts", "When the row was loaded"), timestamp("valid_from"), timestamp("valid_to"),
        text("status"), text("status_code"), text("description"), text("name"), text("first_name"),
        text("last_name"), text("email", "Contact e-mail address"), text("phone"), text("address_line1"),
        text("city"), text("postal_code"), text("country_code", "ISO 3166 country"), text("currency_code"),
        text("sku", "Stock keeping unit"), text("category"), text("brand"), text("channel"),
        text("payment_method"), text("source_system"), text("department"),
        flag("is_active"), flag("is_deleted"),
    ]

    /// Words people search for: table stems, column names, two-word phrases and the first letters of a word.
    static let searchTableWords = ["orders", "invoices", "customers", "shipments", "payments", "employees",
                                   "products", "ledger", "campaigns", "suppliers", "subscriptions", "tickets"]
    static let searchColumnNames = ["customer_id", "order_date", "total_amount", "email", "currency_code",
                                    "tax_amount", "sku", "hire_date", "payment_method", "stock_level"]
    static let searchPhrases = ["sales orders", "invoice amount", "customer email", "hr employees",
                                "order items", "finance ledger", "product prices", "web sessions"]
    static let searchPrefixes = ["cust", "inv", "ship", "pay", "emp", "prod", "acc", "camp", "sup", "ord"]

    private static func id(_ name: String, _ comment: String? = nil) -> ColumnWord {
        ColumnWord(name: name, oracle: "NUMBER(18)", postgres: "bigint", parquet: "int64", comment: comment)
    }

    private static func money(_ name: String, _ comment: String? = nil) -> ColumnWord {
        ColumnWord(name: name, oracle: "NUMBER(14,2)", postgres: "numeric(14,2)", parquet: "decimal(14,2)", comment: comment)
    }

    private static func number(_ name: String) -> ColumnWord {
        ColumnWord(name: name, oracle: "NUMBER(10)", postgres: "integer", parquet: "int32", comment: nil)
    }

    private static func date(_ name: String, _ comment: String? = nil) -> ColumnWord {
        ColumnWord(name: name, oracle: "DATE", postgres: "date", parquet: "date32", comment: comment)
    }

    private static func timestamp(_ name: String, _ comment: String? = nil) -> ColumnWord {
        ColumnWord(name: name, oracle: "TIMESTAMP(6)", postgres: "timestamptz", parquet: "timestamp[us]", comment: comment)
    }

    private static func text(_ name: String, _ comment: String? = nil) -> ColumnWord {
        ColumnWord(name: name, oracle: "VARCHAR2(200)", postgres: "text", parquet: "string", comment: comment)
    }

    private static func flag(_ name: String) -> ColumnWord {
        ColumnWord(name: name, oracle: "CHAR(1)", postgres: "boolean", parquet: "bool", comment: nil)
    }
}
