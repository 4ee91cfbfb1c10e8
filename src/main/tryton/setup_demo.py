#!/usr/bin/python3
# Channelport's demo master data for Tryton 6.0 (Debian's packages), loaded with proteus straight
# into the database while trytond is stopped (on SQLite a running server would resync its caches
# only every five minutes). Run by the dev stack (org.channelport.devstack.TrytonServer) once per
# database, after `trytond-admin --all` and the activation of the modules:
#
#   python3 setup_demo.py --config trytond.conf --database channelport --user-password '...'
#
# What it makes: the company (EUR), a chart of accounts, fiscal years for this year and the next
# (so invoices can be posted), the warehouses `main` (Tryton's own WH, renamed) and `east`, the 20
# demo catalog products (template code = SKU, the same list as sql/demo/afterMigrate__demo_showroom
# .sql) with stock split between the warehouses, the demo partners as parties (code = account
# number) with addresses and credit limits, carriers dhl and ups, the portal's user `channelport`
# (sales, stock, parties, products; NOT in the credit-limit group, so a sale over a party's limit
# fails to confirm), a posted invoice that puts Baltic Tech over its limit and one offline sale
# for Northwind entered in Tryton (no CP- reference), confirmed, its invoice posted; the expense
# account 6400 "Marketing development funds" (MDF claims are booked to it as supplier invoices) and
# a "Bank transfer" payment method with which Tryton's accountant pays them.
import argparse
import datetime
from decimal import Decimal

from proteus import Model, Wizard
from proteus import config as proteus_config

# sku, name, list price, type, stock in main, stock in east (services: no stock)
PRODUCTS = [
    ('NET-SW24', 'Switch 24 port gigabit', '899.00', 'goods', 80, 55),
    ('NET-SW48', 'Switch 48 port gigabit', '2490.00', 'goods', 25, 15),
    ('NET-RTR1', 'Branch router', '649.00', 'goods', 40, 20),
    ('NET-AP6', 'Wireless access point Wi-Fi 6', '329.00', 'goods', 230, 150),
    ('NET-AP7', 'Wireless access point Wi-Fi 7', '549.00', 'goods', 15, 10),
    ('SEC-FW100', 'Firewall 100', '1190.00', 'goods', 20, 15),
    ('SEC-FW500', 'Firewall 500', '6900.00', 'goods', 4, 2),
    ('SEC-EDR-1Y', 'Endpoint protection, 1 year', '59.00', 'service', 0, 0),
    ('SEC-MFA-1Y', 'Multi-factor authentication, 1 year', '36.00', 'service', 0, 0),
    ('STO-NAS4', 'NAS 4 bay', '799.00', 'goods', 30, 20),
    ('STO-NAS12', 'NAS 12 bay rack', '4290.00', 'goods', 5, 3),
    ('STO-SSD4T', 'Enterprise SSD 3.84 TB', '689.00', 'goods', 250, 150),
    ('STO-BKP-1Y', 'Backup appliance support, 1 year', '390.00', 'service', 0, 0),
    ('CLD-BKP-100', 'Cloud backup 100 GB', '9.90', 'service', 0, 0),
    ('CLD-BKP-1T', 'Cloud backup 1 TB', '69.00', 'service', 0, 0),
    ('CLD-VM-S', 'Cloud server small', '29.00', 'service', 0, 0),
    ('CLD-VM-L', 'Cloud server large', '189.00', 'service', 0, 0),
    ('SRV-INST', 'Installation service', '950.00', 'service', 0, 0),
    ('SRV-AUDIT', 'Network security audit', '3400.00', 'service', 0, 0),
    ('SRV-CARE-3Y', 'Care pack 3 years', '290.00', 'service', 0, 0),
]

# code, name, street, postal code, city, country, e-mail, credit limit
PARTIES = [
    ('NW-10001', 'Northwind Systems', 'Leopoldstrasse 12', '80331', 'Munich', 'DE',
        'nora.winter@northwind.example', '5000000.00'),
    ('BT-20002', 'Baltic Tech', 'Gedimino pr. 20', 'LT-01103', 'Vilnius', 'LT',
        'jonas@baltictech.example', '10000.00'),
    ('DS-30003', 'Danube Solutions', 'Kaerntner Ring 5', '1010', 'Vienna', 'AT',
        'dana.huber@danube.example', '5000000.00'),
]

COUNTRIES = {'DE': 'Germany', 'LT': 'Lithuania', 'AT': 'Austria'}

CARRIERS = [('dhl', 'DHL'), ('ups', 'UPS')]


def create_company(config):
    "The company in EUR (no currencies are loaded by Tryton itself)"
    Party = Model.get('party.party')
    Currency = Model.get('currency.currency')
    User = Model.get('res.user')
    eur = Currency(name='Euro', symbol='\u20ac', code='EUR', rounding=Decimal('0.01'))
    eur.save()
    party = Party(name='Channelport Distribution GmbH')
    party.save()
    wizard = Wizard('company.company.config')
    wizard.execute('company')
    wizard.form.party = party
    wizard.form.currency = eur
    wizard.execute('add')
    config._context = User.get_preferences(True, {})
    Company = Model.get('company.company')
    company, = Company.find()
    return company


def create_fiscalyear(company, year):
    "A fiscal year with monthly periods and sequences for moves and invoices"
    FiscalYear = Model.get('account.fiscalyear')
    Sequence = Model.get('ir.sequence')
    SequenceStrict = Model.get('ir.sequence.strict')
    SequenceType = Model.get('ir.sequence.type')
    move_type, = SequenceType.find([('name', '=', 'Account Move')], limit=1)
    invoice_type, = SequenceType.find([('name', '=', 'Invoice')], limit=1)
    fiscalyear = FiscalYear(name=str(year), company=company,
                            start_date=datetime.date(year, 1, 1),
                            end_date=datetime.date(year, 12, 31))
    move_sequence = Sequence(name=str(year), sequence_type=move_type, company=company)
    move_sequence.save()
    fiscalyear.post_move_sequence = move_sequence
    invoice_sequence = SequenceStrict(
        name='Invoices %d' % year, sequence_type=invoice_type, company=company,
        prefix='INV-%d-' % year, padding=5)
    invoice_sequence.save()
    sequences, = fiscalyear.invoice_sequences
    sequences.out_invoice_sequence = invoice_sequence
    sequences.in_invoice_sequence = invoice_sequence
    sequences.out_credit_note_sequence = invoice_sequence
    sequences.in_credit_note_sequence = invoice_sequence
    fiscalyear.save()
    fiscalyear.click('create_period')


def create_chart(company):
    "The minimal English chart of accounts, with receivable and payable for parties"
    Template = Model.get('account.account.template')
    Account = Model.get('account.account')
    ModelData = Model.get('ir.model.data')
    data, = ModelData.find([('module', '=', 'account'),
                            ('fs_id', '=', 'account_template_root_en')], limit=1)
    wizard = Wizard('account.create_chart')
    wizard.execute('account')
    wizard.form.account_template = Template(data.db_id)
    wizard.form.company = company
    wizard.execute('create_account')
    accounts = {}
    for kind in ('receivable', 'payable', 'revenue', 'expense'):
        accounts[kind], = Account.find([('type.%s' % kind, '=', True),
                                        ('company', '=', company.id)], limit=1)
    wizard.form.account_receivable = accounts['receivable']
    wizard.form.account_payable = accounts['payable']
    wizard.execute('create_properties')
    return accounts


def create_mdf_accounts(company, accounts):
    "The GL account the demo MDF program books to (6400) and a bank-transfer payment method"
    Account = Model.get('account.account')
    Journal = Model.get('account.journal')
    PaymentMethod = Model.get('account.invoice.payment.method')
    mdf = Account(name='Marketing development funds', code='6400', company=company,
                  type=accounts['expense'].type, parent=accounts['expense'].parent)
    mdf.save()
    cash, = Account.find([('name', '=', 'Main Cash'), ('company', '=', company.id)], limit=1)
    journal, = Journal.find([('type', '=', 'cash')], limit=1)
    method = PaymentMethod(name='Bank transfer', company=company, journal=journal,
                           credit_account=cash, debit_account=cash)
    method.save()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--config', required=True)
    parser.add_argument('--database', required=True)
    parser.add_argument('--user-password', required=True)
    args = parser.parse_args()
    config = proteus_config.set_trytond(
        database=args.database, config_file=args.config)

    Party = Model.get('party.party')
    today = datetime.date.today()

    company = create_company(config)
    for year in (today.year, today.year + 1):
        create_fiscalyear(company, year)
    accounts = create_chart(company)
    create_mdf_accounts(company, accounts)

    PaymentTerm = Model.get('account.invoice.payment_term')
    payment_term = PaymentTerm(name='Due on invoice')
    payment_term.lines.new(type='remainder', relativedeltas=[])
    payment_term.save()

    Category = Model.get('product.category')
    category = Category(name='Channelport catalog')
    category.accounting = True
    category.account_revenue = accounts['revenue']
    category.account_expense = accounts['expense']
    category.save()

    Uom = Model.get('product.uom')
    unit, = Uom.find([('name', '=', 'Unit')])

    Location = Model.get('stock.location')
    main_wh, = Location.find([('code', '=', 'WH')])
    main_wh.name = 'Main warehouse'
    main_wh.code = 'main'
    main_wh.save()
    east_locations = []
    for name in ('East input', 'East output', 'East storage'):
        location = Location(name=name, type='storage')
        location.save()
        east_locations.append(location)
    east_wh = Location(name='East warehouse', code='east', type='warehouse')
    east_wh.input_location, east_wh.output_location, east_wh.storage_location = east_locations
    east_wh.save()
    supplier, = Location.find([('code', '=', 'SUP')])

    Template = Model.get('product.template')
    Move = Model.get('stock.move')
    products = {}
    moves = []
    for sku, name, price, kind, in_main, in_east in PRODUCTS:
        template = Template(name=name, code=sku, type=kind, default_uom=unit)
        template.salable = True
        template.sale_uom = unit
        template.list_price = Decimal(price)
        template.account_category = category
        template.save()
        product, = template.products
        products[sku] = product
        for warehouse, quantity in ((main_wh, in_main), (east_wh, in_east)):
            if quantity:
                moves.append(Move(
                    product=product, uom=unit, quantity=quantity,
                    from_location=supplier, to_location=warehouse.storage_location,
                    effective_date=today - datetime.timedelta(days=7),
                    unit_price=(Decimal(price) * Decimal('0.6')).quantize(Decimal('0.01')),
                    currency=company.currency))
    Move.save(moves)
    Move.click(moves, 'do')

    Country = Model.get('country.country')
    countries = {}
    for code, name in COUNTRIES.items():
        country = Country(name=name, code=code)
        country.save()
        countries[code] = country

    parties = {}
    for code, name, street, postcode, city, country, email, limit in PARTIES:
        party = Party(code=code, name=name)
        address, = party.addresses
        address.street = street
        address.postal_code = postcode
        address.city = city
        address.country = countries[country]
        party.contact_mechanisms.new(type='email', value=email)
        party.customer_payment_term = payment_term
        party.save()
        parties[code] = (party, Decimal(limit))

    # carriers: the party's code is the carrier's code the portal knows (dhl, ups)
    shipping = Template(name='Shipping', type='service', default_uom=unit, code='SHIPPING')
    shipping.salable = True
    shipping.sale_uom = unit
    shipping.list_price = Decimal('0')
    shipping.account_category = category
    shipping.save()
    Carrier = Model.get('carrier')
    for code, name in CARRIERS:
        carrier_party = Party(code=code, name=name)
        carrier_party.save()
        carrier = Carrier(party=carrier_party, carrier_product=shipping.products[0])
        carrier.save()

    # Baltic Tech's open amount: an unpaid invoice above its credit limit
    Invoice = Model.get('account.invoice')
    baltic = parties['BT-20002'][0]
    invoice = Invoice(type='out', party=baltic, payment_term=payment_term,
                      invoice_date=today,
                      description='Storage project, phase 1')
    line = invoice.lines.new()
    line.product = products['STO-NAS12']
    line.quantity = 3
    line.unit_price = Decimal('4100.00')
    invoice.click('post')

    # credit limits after the invoice (the setup's admin would only be warned)
    for party, limit in parties.values():
        party.credit_limit_amount = limit
        party.save()

    # one offline sale: Northwind ordered by phone; entered in Tryton, no portal reference
    Sale = Model.get('sale.sale')
    sale = Sale(party=parties['NW-10001'][0], warehouse=main_wh)
    sale.description = 'Phone order, showroom refresh'
    sale.payment_term = payment_term
    for sku, quantity, price in (('NET-AP6', 10, '329.00'), ('NET-SW24', 2, '700.00')):
        line = sale.lines.new()
        line.product = products[sku]
        line.quantity = quantity
        line.unit_price = Decimal(price)
    sale.click('quote')
    sale.click('confirm')
    assert sale.state == 'processing', sale.state
    for sale_invoice in sale.invoices:
        sale_invoice.invoice_date = today
        sale_invoice.click('post')

    # the portal's user
    User = Model.get('res.user')
    Group = Model.get('res.group')
    ModelData = Model.get('ir.model.data')

    def group(module, fs_id):
        data, = ModelData.find([('module', '=', module), ('fs_id', '=', fs_id)])
        return Group(data.db_id)

    user = User(name='Channelport portal', login='channelport')
    user.password = args.user_password
    for module, fs_id in (
            ('sale', 'group_sale'), ('stock', 'group_stock'),
            ('party', 'group_party_admin'), ('product', 'group_product_admin'),
            ('account', 'group_account')):
        user.groups.append(group(module, fs_id))
    user.companies.append(company)
    user.company = company
    user.save()
    print('Channelport demo data loaded: %d products, %d parties, warehouses main and east'
          % (len(products), len(parties)))


if __name__ == '__main__':
    main()
